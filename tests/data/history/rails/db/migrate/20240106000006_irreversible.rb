class Irreversible < ActiveRecord::Migration[7.1]
  def up
    change_column :users, :email, :citext
  end
end
