class CreateRoles < ActiveRecord::Migration[7.1]
  def change
    create_table "roles" do |t|
      t.string :title
    end
    create_join_table :users, :roles do |t|
      t.index [:user_id, :role_id]
    end
    add_foreign_key :users, :companies
  end
end
