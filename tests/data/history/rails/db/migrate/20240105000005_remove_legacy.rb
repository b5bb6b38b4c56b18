class RemoveLegacy < ActiveRecord::Migration[6.1]
  def up
    drop_table :legacy_carts
    remove_index :orders, column: :status
    remove_columns :users, :bio, :avatar_url
    rename_table :order_notes, :order_comments
    execute "DROP INDEX IF EXISTS index_users_on_email"
  end

  def down
    create_table :legacy_carts
    add_column :users, :bio, :text
  end
end
